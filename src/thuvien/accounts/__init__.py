"""Accounts: sign up, sign in, sign out, and the moderator role."""

"""Vietnamese text toolkit: pure Python, no Django. Import the functions from their modules."""

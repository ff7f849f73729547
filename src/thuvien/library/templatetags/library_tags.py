from django import template

from thuvien.text.formatting import format_count

register = template.Library()


@register.filter
def vi_count(value: int) -> str:
    """1234 -> "1.234"."""
    return format_count(int(value or 0))


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed (None removes one).

    Template keywords cannot hold "-", so `sap_xep=` stands for the `sap-xep` parameter.
    """
    query = context["request"].GET.copy()
    for name, value in changes.items():
        key = name.replace("_", "-")
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()

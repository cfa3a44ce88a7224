"""`begrijpelijk serve`: the checker, fixes and templates in a local web page.

- ``service``: the work behind each request, as plain functions (no HTTP);
- ``app``: the Starlette routes and the limits of a request;
- ``static/``: the page (HTML, CSS, JavaScript), with nothing from elsewhere.
"""

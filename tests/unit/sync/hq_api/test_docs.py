"""The API's documentation is for signed-in users, and its page loads nothing from another
host: Swagger UI's script, styles and icon come from HQ itself (swagger-ui-bundle)."""

from __future__ import annotations

import re

from tests.unit.sync.hq_api.conftest import Hq


def test_docs_need_a_session_and_name_no_other_host(hq: Hq) -> None:
    client = hq.client()
    for path in ("/docs", "/openapi.json", "/docs/openapi.json", "/docs/assets/swagger-ui.css"):
        answer = client.get(path)
        assert answer.status_code == 401, path
        assert "swagger" not in answer.text.lower() and "paths" not in answer.text
    hq.sign_in(client, "fatou")  # any role reads the docs: here an auditor

    page = client.get("/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    html = page.text
    assert "cdn." not in html and "https://" not in html and "http://" not in html
    assert "unpkg" not in html and "jsdelivr" not in html
    assert "validatorUrl" in html and "null" in html  # no call to swagger.io's validator
    linked = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sorted(linked) == [
        "/docs/assets/favicon-32x32.png",
        "/docs/assets/swagger-ui-bundle.js",
        "/docs/assets/swagger-ui.css",
    ]
    for url in linked:
        asset = client.get(url)
        assert asset.status_code == 200 and len(asset.content) > 500, url
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text

    schema = client.get("/openapi.json").json()
    assert "/api/v1/indicators" in schema["paths"] and "/api/v1/session" in schema["paths"]
    # The bundle's Swagger UI (4.15) renders nothing of an OpenAPI 3.1 document: the page
    # reads the same one labelled 3.0.
    assert "url: '/docs/openapi.json'" in html
    for_page = client.get("/docs/openapi.json").json()
    assert schema["openapi"].startswith("3.1") and for_page["openapi"] == "3.0.3"
    assert {**for_page, "openapi": schema["openapi"]} == schema
    assert client.get("/redoc").status_code == 404


def test_only_the_bundles_own_files_are_served(hq: Hq) -> None:
    client = hq.client()
    hq.sign_in(client, "omar")
    for name in ("index.html", "..%2F..%2F__init__.py", "swagger-initializer.js", "x" * 70):
        assert client.get(f"/docs/assets/{name}").status_code in (404, 422), name

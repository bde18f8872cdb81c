"""The baseline's server: uvicorn with one endpoint that reads the body and answers 200
(what a bare upload costs, with none of HQ's work)."""

from __future__ import annotations

import sys

import uvicorn
from fastapi import FastAPI, Request, Response

app = FastAPI()


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/upload")
async def upload(request: Request) -> Response:
    await request.body()
    return Response(content=b"ok")


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")

"""Score newsclean on the development benchmarks in ../shared/bench (PDF and web).

Writes candidates to a temporary folder and runs the benchmark's own
scorers, beside raw extraction (and jusText on web text, when installed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsclean import clean

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def pdf(out: Path) -> None:
    raw = BENCH / "pdf-dev" / "raw"
    for kind in ("newsclean", "raw"):
        folder = out / "pdf" / kind
        folder.mkdir(parents=True)
        for path in sorted(raw.glob("*.txt")):
            text = path.read_text("utf-8")
            if kind == "raw":
                (folder / path.name).write_text(text, "utf-8")
            else:
                (folder / f"{path.stem}.json").write_text(clean(text).to_json(), "utf-8")
        subprocess.run(
            [
                sys.executable,
                str(BENCH / "score_pdf.py"),
                "--gold",
                str(BENCH / "pdf-dev" / "gold"),
                "--cand",
                str(folder),
                "--name",
                kind,
            ],
            check=True,
        )


def web(out: Path) -> None:
    texts = BENCH / "web-dev" / "text"
    folders = []
    for renderer in sorted(p.name for p in texts.iterdir()):
        for kind in ("newsclean", "justext"):
            folder = out / "web" / kind / renderer
            folder.mkdir(parents=True)
            for path in sorted((texts / renderer).glob("*.txt")):
                text = path.read_text("utf-8")
                if kind == "newsclean":
                    (folder / f"{path.stem}.json").write_text(clean(text).to_json(), "utf-8")
                else:
                    body = _justext(text)
                    if body is None:
                        break
                    (folder / f"{path.stem}.json").write_text(json.dumps({"title": None, "text": body}), "utf-8")
            else:
                folders.append(f"{kind}/{renderer}={folder}")
    subprocess.run(
        [sys.executable, str(BENCH / "score_web.py"), "--gold", str(BENCH / "web-dev" / "gold"), *folders], check=True
    )


def _justext(text: str) -> str | None:
    try:
        import justext
    except ImportError:
        return None
    from newsclean.language import detect_language

    names = {
        "en": "English",
        "fr": "French",
        "de": "German",
        "es": "Spanish",
        "pt": "Portuguese",
        "it": "Italian",
        "ru": "Russian",
        "nl": "Dutch",
        "pl": "Polish",
    }
    stoplist = justext.get_stoplist(names.get(detect_language(text), "English"))
    html = "".join(f"<p>{p}</p>" for p in text.replace("&", "&amp;").replace("<", "&lt;").split("\n\n"))
    paras = justext.justext(html.encode("utf-8"), stoplist)
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("which", nargs="*", help="pdf, web or both (default: both)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"benchmark data not found at {BENCH}")
    with tempfile.TemporaryDirectory() as tmp:
        for which in args.which or ["pdf", "web"]:
            {"pdf": pdf, "web": web}[which](Path(tmp))


if __name__ == "__main__":
    main()

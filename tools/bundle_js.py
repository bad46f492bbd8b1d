"""Fetch the browser libraries kg's pages use from the npm registry into ``kg/static``, so the
pages work offline and nothing is fetched from the network at run time.

    python tools/bundle_js.py          # needs npm

Each library is pinned below: its files are copied as the package publishes them (minified, without
source maps), with a NOTICE of name, version, licence and home page.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "kg" / "static"
PACKAGES = {  # folder -> (npm package@version, files inside the package)
    "yasgui": ("@zazuko/yasgui@4.6.2", ["build/yasgui.min.js", "build/yasgui.min.css"]),
}


def fetch(spec: str, files: list[str], into: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"npm pack {spec} failed: {done.stderr.strip()}")
        with tarfile.open(Path(tmp) / done.stdout.strip().splitlines()[-1]) as tar:
            tar.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
        into.mkdir(parents=True, exist_ok=True)
        for name in files:
            text = (package / name).read_text(encoding="utf-8")
            text = re.sub(r"\n?//# sourceMappingURL=\S+\s*$", "\n", text)  # the maps are not bundled
            (into / Path(name).name).write_text(text, encoding="utf-8")
        (into / "NOTICE").write_text(
            f"{meta['name']} {meta['version']}, {meta.get('license', 'see its home page')} licence\n"
            f"{meta.get('homepage', '')}\nfetched from the npm registry by tools/bundle_js.py\n", encoding="utf-8")


def main() -> int:
    for folder, (spec, files) in PACKAGES.items():
        fetch(spec, files, STATIC / folder)
        print(f"{spec} -> {STATIC / folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fetch the browser libraries kg's pages use from the npm registry into ``kg/static``, so the
pages work offline and nothing is fetched from the network at run time.

    python tools/bundle_js.py          # needs npm

Each library is pinned below. YASGUI's files are copied as the package publishes them
(minified, without source maps); the explorer's libraries (sigma.js, graphology and its
ForceAtlas2 layout), published as ES modules, are bundled into one script with esbuild. Each
folder gets a NOTICE of names, versions, licences and home pages.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "kg" / "static"
PACKAGES = {  # folder -> (npm package@version, files inside the package)
    "yasgui": ("@zazuko/yasgui@4.6.2", ["build/yasgui.min.js", "build/yasgui.min.css"]),
}
EXPLORER = ["sigma@3.0.2", "graphology@0.26.0", "graphology-layout-forceatlas2@0.10.1"]
ESBUILD = "esbuild@0.24.0"
EXPLORER_ENTRY = """
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
window.graphology = {Graph};
window.Sigma = Sigma;
window.forceAtlas2 = forceAtlas2;
"""


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


def bundle_explorer(into: Path) -> None:
    """sigma.js, graphology and ForceAtlas2 as one script defining window.Sigma, window.graphology
    and window.forceAtlas2."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "package.json").write_text('{"private": true}', encoding="utf-8")
        (Path(tmp) / "entry.js").write_text(EXPLORER_ENTRY, encoding="utf-8")
        for cmd in (["npm", "install", "--silent", "--no-audit", "--no-fund", *EXPLORER, ESBUILD],
                    ["node_modules/.bin/esbuild", "entry.js", "--bundle", "--minify", "--format=iife",
                     "--target=es2019", "--legal-comments=none", "--outfile=graph-libs.min.js"]):
            done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(cmd[:2])} failed: {done.stderr.strip()}")
        into.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(tmp) / "graph-libs.min.js", into / "graph-libs.min.js")
        notes = []
        for spec in EXPLORER:
            meta = json.loads((Path(tmp) / "node_modules" / spec.rsplit("@", 1)[0] / "package.json").read_text())
            notes.append(f"{meta['name']} {meta['version']}, {meta.get('license', '?')} licence, {meta.get('homepage', '')}")
        (into / "NOTICE").write_text("\n".join(notes) + f"\nbundled with {ESBUILD} by tools/bundle_js.py\n",
                                     encoding="utf-8")


def main() -> int:
    for folder, (spec, files) in PACKAGES.items():
        fetch(spec, files, STATIC / folder)
        print(f"{spec} -> {STATIC / folder}")
    bundle_explorer(STATIC / "explorer")
    print(f"{', '.join(EXPLORER)} -> {STATIC / 'explorer'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""pip install --no-build-isolation ./python — builds the parley extension with CMake.

Offline and from Debian packages only: setuptools drives CMake on the repository (the folder
above this one), builds the `parley_python` target and packs parley/ with the compiled
_core module. PARLEY_BUILD_DIR reuses an existing build folder (e.g. build/, so nothing is
compiled twice); otherwise a private one under build/python-pip is configured. See docs/python.md.
"""
import os
import pathlib
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, extension):
        build = pathlib.Path(os.environ.get("PARLEY_BUILD_DIR", ROOT / "build" / "python-pip")).resolve()
        if not (build / "CMakeCache.txt").exists():
            subprocess.check_call(["cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                                   "-DPARLEY_BUILD_TESTS=OFF", "-DPARLEY_BUILD_BENCH=OFF",
                                   f"-DPython_EXECUTABLE={sys.executable}"])
        jobs = os.environ.get("PARLEY_BUILD_JOBS", str(os.cpu_count() or 2))
        subprocess.check_call(["cmake", "--build", str(build), "--target", "parley_python", "-j", jobs])
        built = next((build / "python" / "parley").glob("_core*.so"))
        target = pathlib.Path(self.get_ext_fullpath(extension.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)


setup(
    name="parley",
    version="0.1.0",
    description="parley: multi-party, multi-issue negotiation engine (C++) for Python",
    packages=["parley"],
    python_requires=">=3.9",
    install_requires=["numpy"],
    ext_modules=[CMakeExtension("parley._core")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)

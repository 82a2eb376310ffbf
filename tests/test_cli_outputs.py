"""The command line's output folder: files it did not write are kept, one run at a time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHORT = ("The council approved the new budget on Tuesday after a long debate about school funding.\n\n"
         "Image: Reuters\n\nTags\nPolitics, Budget")


def test_an_unrelated_file_in_out_is_not_overwritten(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "page.txt").write_text("my own notes", encoding="utf-8")
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "Refusing to overwrite a file that cleaner did not write" in err and str(out / "page.txt") in err
    assert "--force" in err and err.rstrip().endswith(".")
    assert (out / "page.txt").read_text(encoding="utf-8") == "my own notes"
    assert not (out / ".cleaner-lock").exists()
    # --force overwrites it; a rerun then knows the output as its own.
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q", "--force"]) == 0
    assert (out / "page.txt").read_text(encoding="utf-8") == cleaner.clean(SHORT) + "\n"
    (tmp_path / "page.txt").write_text(SHORT + "\n\nMore text of the article that changed since.", encoding="utf-8")
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 0


def test_cleaning_into_the_current_folder_keeps_its_files(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "page.txt").write_text("unrelated", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "cleaner", "clean", "in/page.txt", "-o", "."], cwd=tmp_path,
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"page.txt" in result.stderr
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == "unrelated"


def test_outputs_with_problems_are_ours_to_overwrite(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    data.write_text(json.dumps({"text": SHORT}) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(data), "-o", str(out), "-q"]) == 1
    capsys.readouterr()
    assert main(["clean", str(data), "-o", str(out), "-q"]) == 1  # cleaned and reported again, not refused
    err = capsys.readouterr().err
    assert "Refusing" not in err and "not valid JSON" in err


def test_a_second_run_into_the_same_folder_is_refused(tmp_path, capsys):
    from cleaner.batch.plan import LOCK, OutputLock

    (tmp_path / "page.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from cleaner.batch.plan import OutputLock\n"
        f"lock = OutputLock(Path({str(out)!r})).acquire(); print('held', flush=True); sys.stdin.readline()")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert holder.stdout.readline() == b"held\n"
        assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 2
        err = capsys.readouterr().err
        assert f"Another cleaner run is writing into {out}" in err and err.rstrip().endswith(".")
        assert not (out / "page.txt").exists()
    finally:
        holder.communicate(b"\n", timeout=30)
    # The holder ended without releasing: the kernel dropped its lock, the file does not block.
    assert (out / LOCK).exists()
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 0
    assert not (out / LOCK).exists()
    with OutputLock(out):
        assert (out / LOCK).exists()
    assert not (out / LOCK).exists()


def test_the_lock_is_released_on_ctrl_c(tmp_path, monkeypatch, capsys):
    from cleaner.batch import runner
    from cleaner.batch.plan import LOCK

    (tmp_path / "page.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"

    def interrupted(self):
        assert (out / LOCK).exists()
        raise KeyboardInterrupt

    monkeypatch.setattr(runner.Runner, "run", interrupted)
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 130
    assert not (out / LOCK).exists()
    monkeypatch.undo()
    assert main(["clean", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 0


def test_the_lock_file_is_not_an_input(tmp_path):
    from cleaner.batch.plan import discover

    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / ".cleaner-lock").write_text("1\n")
    assert [job.source.name for job in discover([str(tmp_path)], tmp_path.parent / "out")] == ["a.txt"]


def test_killing_the_main_process_leaves_neither_lock_nor_workers(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(400):
        (src / f"d{n:03}.txt").write_text(f"Story {n}.\n\n" + SHORT * 30, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "-j", "2", "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = out / ".cleaner-done.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b'"output_size"') >= 5:
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be killed")
    workers = [int(pid) for pid in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    os.kill(proc.pid, signal.SIGKILL)  # the main process only: its workers are left behind
    proc.wait()
    # The lock went with the main process, even while its workers live on.
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "workers outlived their main process"


def test_an_input_named_like_the_manifest_is_refused(tmp_path, capsys):
    (tmp_path / ".cleaner-done.jsonl").write_text(json.dumps({"text": SHORT}) + "\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / ".cleaner-done.jsonl"), "-o", str(tmp_path / "out")]) == 2
    assert "which cleaner keeps for itself; rename the file." in capsys.readouterr().err

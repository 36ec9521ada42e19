#!/usr/bin/env python3
"""Tells whether .NET assemblies are ReadyToRun images, from their PE headers alone (deterministic, no timing).

usage: ready-to-run.py yes|no ASSEMBLY...   exits 1 unless every ASSEMBLY is (yes) or is not (no) a ReadyToRun image.

A ReadyToRun image has the IL_LIBRARY flag in its CLI header and a ManagedNativeHeader directory pointing at a
READYTORUN_HEADER whose signature is "RTR" (ECMA-335 II.25.3.3; the runtime's readytorun.h).
"""
import struct
import sys

IL_LIBRARY = 0x4
READYTORUN_SIGNATURE = 0x00525452  # "RTR\0"


def is_ready_to_run(path: str) -> bool:
    data = open(path, "rb").read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe:pe + 4] == b"PE\0\0", f"{path}: not a PE file"
    sections_count, optional_size = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (96 if magic == 0x10B else 112)
    sections = [struct.unpack_from("<IIII", data, optional + optional_size + 40 * i + 8) for i in range(sections_count)]

    def offset(rva: int) -> int:
        for virtual_size, virtual_address, raw_size, raw_pointer in sections:
            if virtual_address <= rva < virtual_address + max(virtual_size, raw_size):
                return raw_pointer + rva - virtual_address
        raise AssertionError(f"{path}: RVA {rva:#x} is in no section")

    cli_rva = struct.unpack_from("<I", data, directories + 14 * 8)[0]
    assert cli_rva, f"{path}: not a .NET assembly (no CLI header)"
    cli = offset(cli_rva)
    flags = struct.unpack_from("<I", data, cli + 16)[0]
    native_rva, native_size = struct.unpack_from("<II", data, cli + 64)
    if not flags & IL_LIBRARY or not native_rva or not native_size:
        return False
    return struct.unpack_from("<I", data, offset(native_rva))[0] == READYTORUN_SIGNATURE


def main() -> int:
    expected, paths = sys.argv[1] == "yes", sys.argv[2:]
    wrong = [p for p in paths if is_ready_to_run(p) != expected]
    for path in wrong:
        print(f"FAIL: {path} is {'not ' if expected else ''}a ReadyToRun image")
    return 1 if wrong or not paths else 0


if __name__ == "__main__":
    sys.exit(main())

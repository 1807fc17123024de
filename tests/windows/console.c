/* Starts a program as a terminal's shell starts a GUI program on Windows:
 * from a process with a console of its own, handing it neither standard
 * handles nor that console (a GUI program gets none). Then writes to OUT what the console shows and
 * the program's exit status, as UTF-8 lines, the status last.
 * Used by tests/windows/run on skydial.exe, a GUI program whose commands
 * must attach to that console to print there.
 * Usage: console.exe OUT PROGRAM [ARGUMENTS]  (one command line after OUT) */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv) {
    if (argc < 3) return 2;
    /* The rest of the command line after OUT, as it was written. */
    const wchar_t *line = GetCommandLineW();
    const wchar_t *rest = wcsstr(line, argv[2]);
    if (!rest) return 2;
    if (rest > line && rest[-1] == L'"') rest--;
    wchar_t *command = _wcsdup(rest);

    FreeConsole();
    if (!AllocConsole()) return 3;
    STARTUPINFOW si = { sizeof si };
    PROCESS_INFORMATION pi;
    /* Neither standard handles nor the console, as Windows starts a GUI
     * program (Wine would pass on both, as to a console program). */
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = si.hStdOutput = si.hStdError = NULL;
    if (!CreateProcessW(NULL, command, NULL, NULL, FALSE, DETACHED_PROCESS, NULL, NULL, &si, &pi))
        return 4;
    if (WaitForSingleObject(pi.hProcess, 60000) != WAIT_OBJECT_0) return 5;
    DWORD status = 0;
    GetExitCodeProcess(pi.hProcess, &status);

    HANDLE screen = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (screen == INVALID_HANDLE_VALUE || !GetConsoleScreenBufferInfo(screen, &info)) return 6;
    FILE *out = _wfopen(argv[1], L"wb");
    if (!out) return 7;
    SHORT width = info.dwSize.X;
    wchar_t *row = calloc(width + 1, sizeof *row);
    char *utf8 = calloc(width * 4 + 1, 1);
    for (SHORT y = 0; y <= info.dwCursorPosition.Y; y++) {
        DWORD read = 0;
        COORD at = { 0, y };
        ReadConsoleOutputCharacterW(screen, row, width, at, &read);
        while (read > 0 && row[read - 1] == L' ') read--;
        int n = WideCharToMultiByte(CP_UTF8, 0, row, read, utf8, width * 4, NULL, NULL);
        fwrite(utf8, 1, n, out);
        fputc('\n', out);
    }
    fprintf(out, "exit status %lu\n", status);
    fclose(out);
    return 0;
}

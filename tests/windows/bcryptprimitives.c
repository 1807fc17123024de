/* Wine 8 (Debian 12's) lacks bcryptprimitives.dll, whose ProcessPrng Rust's
 * standard library calls for random bytes on Windows 10 and later (where the
 * real DLL always exists). This stand-in, used only to run the tests under
 * Wine, fills the buffer with RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

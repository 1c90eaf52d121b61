#include "ProcessSetup.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void ProcessSetup::boundMemory()
{
#if defined(__GLIBC__)
    // Without a fixed threshold glibc raises it after each large free, and pages of 20 MB and
    // more end up in heaps that are never returned; with several arenas each thread keeps its own.
    // Below the threshold, the network's read buffers and rows of output are reused from the heap
    // rather than mapped and zeroed afresh each time.
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
#endif
}

#include "ProcessSetup.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void ProcessSetup::boundMemory()
{
#if defined(__GLIBC__)
    // Without a fixed threshold glibc raises it after each large free, and pages of 20 MB and
    // more end up in heaps that are never returned; with several arenas each thread keeps its own.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024);
    mallopt(M_ARENA_MAX, 1);
#endif
}

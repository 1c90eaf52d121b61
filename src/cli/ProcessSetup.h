#pragma once

// Process-wide settings for the command-line tool, applied once at the start of main().
namespace ProcessSetup {
// Makes the C library hand large buffers (response bodies, pages of records) back to the system
// when they are freed, and keeps one heap for all threads, so that memory stays bounded by about
// one page however long a pull runs. A no-op where the C library offers no such control.
void boundMemory();
} // namespace ProcessSetup

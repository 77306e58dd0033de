// SPDX-License-Identifier: GPL-3.0-or-later
// Built in the main build from the libFuzzer build's own source list (marquee_fuzz_sources): linking it proves the list
// holds every parser the fuzz entry points call. Running it does nothing.
int main()
{
    return 0;
}

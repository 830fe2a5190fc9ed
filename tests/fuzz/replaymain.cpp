// Replays fuzz inputs without libFuzzer, so ordinary (GCC, sanitizer) builds run every seed.
// Each argument is a file or a directory of files (not recursive); a crash names the input.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool collect(const std::filesystem::path &path, std::vector<std::filesystem::path> &out)
{
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) {
        out.push_back(path);
        return true;
    }
    if (!std::filesystem::is_directory(path, error)) {
        std::fprintf(stderr, "%s: not a file or directory\n", path.c_str());
        return false;
    }
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(path, error)) {
        if (entry.is_regular_file(error))
            files.push_back(entry.path());
    }
    if (error) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), error.message().c_str());
        return false;
    }
    // Directory order differs between file systems; a fixed order makes failures reproducible.
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (!collect(argv[i], inputs))
            return 1;
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY... (no inputs found)\n", argc > 0 ? argv[0] : "replay");
        return 1;
    }
    for (const std::filesystem::path &input : inputs) {
        std::ifstream stream(input, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
        if (!stream.good() && !stream.eof()) {
            std::fprintf(stderr, "%s: cannot read\n", input.c_str());
            return 1;
        }
        // Printed first and flushed, so a crash or sanitizer report follows the name of its input.
        std::fprintf(stderr, "Running %s (%zu bytes)\n", input.c_str(), bytes.size());
        std::fflush(stderr);
        // A copy of exactly the input's size, so ASan catches reads past its end.
        std::vector<uint8_t> data(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("%zu inputs ran\n", inputs.size());
    return 0;
}

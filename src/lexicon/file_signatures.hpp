// Magic numbers of common non-page files people feed to newsclean by mistake
// (a folder of scraped files holds images, PDFs and archives too), so the error
// can say what the file is. Source: each format's specification / file(1).
#pragma once

#include <string_view>

namespace newsclean::lexicon {

struct FileSignature {
    std::string_view magic;
    std::string_view what;
};

// Magic strings carry NUL bytes, so they are sized literals (""sv), not C strings.
using namespace std::string_view_literals;

inline constexpr FileSignature kBinarySignatures[] = {
    {"\x89PNG\r\n\x1A\n"sv, "PNG image"},
    {"\xFF\xD8\xFF"sv, "JPEG image"},
    {"GIF87a"sv, "GIF image"},
    {"GIF89a"sv, "GIF image"},
    {"RIFF"sv, "RIFF media (WebP/WAV/AVI)"},
    {"%PDF-"sv, "PDF document"},
    {"PK\x03\x04"sv, "ZIP archive (or DOCX/EPUB)"},
    {"\x7F" "ELF"sv, "ELF executable"},
    {"BZh"sv, "bzip2 data"},
    {"\xFD" "7zXZ"sv, "xz data"},
    {"\x28\xB5\x2F\xFD"sv, "zstd data"},
    {"7z\xBC\xAF\x27\x1C"sv, "7-Zip archive"},
    {"\x00\x00\x01\x00"sv, "ICO image"},
    {"wOFF"sv, "WOFF font"},
    {"wOF2"sv, "WOFF2 font"},
    {"OggS"sv, "Ogg media"},
    {"ID3"sv, "MP3 audio"},
    {"SQLite format 3"sv, "SQLite database"},
};

}  // namespace newsclean::lexicon

// WHATWG Encoding standard label table (https://encoding.spec.whatwg.org/#names-and-labels),
// with the glibc iconv name used to decode each encoding.
#pragma once

#include <string_view>

namespace newsclean::lexicon {

struct EncodingLabel {
    std::string_view label;     // lower case, as listed by the standard
    std::string_view encoding;  // the standard's encoding name
};

struct EncodingDecoder {
    std::string_view encoding;  // the standard's encoding name
    std::string_view iconv;     // glibc iconv name whose mapping matches the standard's index
};

extern const EncodingLabel kEncodingLabels[];
extern const std::size_t kEncodingLabelCount;
extern const EncodingDecoder kEncodingDecoders[];
extern const std::size_t kEncodingDecoderCount;

}  // namespace newsclean::lexicon

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QCryptographicHash>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MARGINALIA_SHA_EXTENSIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Marginalia {

namespace {

#ifdef MARGINALIA_SHA_EXTENSIONS

alignas(16) constexpr quint32 RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/// Runs the compression function over \a blocks 64-byte blocks with the
/// SHA extensions. The state is kept as the instructions want it: ABEF and
/// CDGH.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(quint32 state[8], const uchar *data,
                                                          qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (qsizetype block = 0; block < blocks; ++block, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i words[4]; // the message schedule, four words per group, rolling
        for (int group = 0; group < 16; ++group) {
            __m128i &w = words[group % 4];
            if (group < 4) {
                w = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)),
                    byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-1], as the standard defines it.
                const __m128i &previous = words[(group + 3) % 4];
                const __m128i &before = words[(group + 2) % 4];
                w = _mm_sha256msg1_epu32(w, words[(group + 1) % 4]);
                w = _mm_add_epi32(w, _mm_alignr_epi8(previous, before, 4));
                w = _mm_sha256msg2_epu32(w, previous);
            }
            __m128i message = _mm_add_epi32(
                w, _mm_load_si128(reinterpret_cast<const __m128i *>(&RoundConstants[4 * group])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), hgfe);
}

QByteArray digestWithExtensions(QByteArrayView data)
{
    quint32 state[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype whole = data.size() / 64;
    compress(state, bytes, whole);
    // The rest, a 1 bit, zeros and the length in bits fill one or two blocks.
    uchar tail[128] = {};
    const qsizetype rest = data.size() - whole * 64;
    if (rest > 0)
        std::memcpy(tail, bytes + whole * 64, size_t(rest));
    tail[rest] = 0x80;
    const qsizetype tailBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
    const quint64 bits = quint64(data.size()) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = uchar(bits >> (8 * i));
    compress(state, tail, tailBlocks);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(state[i] >> (24 - 8 * j));
    }
    return digest;
}

bool processorHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!ssse3 || !sse41 || !__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return ebx & (1u << 29);
}

/// The fast path only once it gives Qt's digests: across block boundaries
/// and for both lengths of padding.
bool extensionsWork()
{
    if (!processorHasShaExtensions())
        return false;
    QByteArray sample;
    for (int i = 0; i < 300; ++i)
        sample.append(char(i * 7 + 3));
    for (const qsizetype length : { 0, 3, 55, 56, 63, 64, 65, 119, 128, 300 }) {
        const QByteArrayView part(sample.constData(), length);
        if (digestWithExtensions(part)
            != QCryptographicHash::hash(part, QCryptographicHash::Sha256))
            return false;
    }
    return true;
}

#endif

bool useExtensions()
{
#ifdef MARGINALIA_SHA_EXTENSIONS
    static const bool use = extensionsWork();
    return use;
#else
    return false;
#endif
}

} // namespace

QByteArray Sha256::digest(QByteArrayView data)
{
#ifdef MARGINALIA_SHA_EXTENSIONS
    if (useExtensions())
        return digestWithExtensions(data);
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray Sha256::hex(QByteArrayView data)
{
    return digest(data).toHex();
}

bool Sha256::usesShaExtensions()
{
    return useExtensions();
}

} // namespace Marginalia

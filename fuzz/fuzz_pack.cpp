// libFuzzer harness for Unknot's pack files: any bytes give a batch or a refusal, and what is let in writes out and
// reads back unchanged.
#include "FuzzSupport.h"
#include "PackFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using unknot::PackFile;
    const unknot::ImportBatch batch = PackFile::parse(fuzz::bytes(data, size), QStringLiteral("fuzz"), fuzz::library());
    fuzz::checkBatch(batch);
    if (!batch.refused()) {
        const unknot::ImportBatch again =
            PackFile::parse(PackFile::write(batch.exercises, batch.routines), QStringLiteral("again"), fuzz::library());
        if (again.refused() || again.exercises != batch.exercises || again.routines != batch.routines ||
            again.skippedCount() != 0) {
            std::abort();
        }
    }
    return 0;
}

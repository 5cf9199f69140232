// libFuzzer harness for Workrave's exercises XML: any bytes give a batch or a refusal.
#include "FuzzSupport.h"
#include "WorkraveImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // No picture folder: the harness never touches the file system.
    fuzz::checkBatch(
        unknot::WorkraveImport::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.xml"), {}, fuzz::library()));
    return 0;
}

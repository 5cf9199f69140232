// libFuzzer harness for free-exercise-db's exercises.json: any bytes give a batch or a refusal.
#include "FreeExerciseDbImport.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::checkBatch(
        unknot::FreeExerciseDbImport::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), fuzz::library()));
    return 0;
}

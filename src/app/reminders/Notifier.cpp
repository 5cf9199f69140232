// Notifier.h declares signals and no code: this file is where AUTOMOC finds it.
#include "reminders/Notifier.h"

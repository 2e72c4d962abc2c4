// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Left for app/cli/CliApp.cpp only (being rewritten on another branch): include the repository's
// own header instead. Delete this file once CliApp.cpp does.

#include "repositories/AppointmentRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ContractRepository.h"
#include "repositories/UnitRepository.h"

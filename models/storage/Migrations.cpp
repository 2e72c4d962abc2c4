// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "core/Errors.h"
#include "core/Pinyin.h"
#include "deadlines/DeadlineSetup.h"
#include "repositories/ClientLastService.h"
#include "repositories/ClientSearchIndex.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>

#include <memory>

namespace estatedesk {

// Steps are append-only: a released step is never edited, a change is a new step.
const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list = {
        {1,
         QStringLiteral("staff, clients, service records, audit log, settings"),
         {
             QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE staff ("
                            " id {{PK}},"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('reception','consultant','service',"
                            "'supervisor','admin')),"
                            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX staff_name_unique ON staff (name)"),
             QStringLiteral("CREATE TABLE clients ("
                            " id {{PK}},"
                            " name TEXT NOT NULL CHECK (name <> ''),"
                            " phone TEXT NOT NULL CHECK (phone LIKE '+%'),"
                            " gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('','male','female')),"
                            " occupation TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL DEFAULT '',"
                            " interests TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " consultant_id BIGINT REFERENCES staff (id),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX clients_phone_unique ON clients (phone)"),
             QStringLiteral("CREATE INDEX clients_consultant ON clients (consultant_id)"),
             QStringLiteral("CREATE INDEX clients_name ON clients (name)"),
             QStringLiteral("CREATE TABLE service_records ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " at BIGINT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " channel TEXT NOT NULL DEFAULT '',"
                            " content TEXT NOT NULL,"
                            " result TEXT NOT NULL DEFAULT '',"
                            " ref_entity TEXT,"
                            " ref_id BIGINT)"),
             QStringLiteral("CREATE INDEX service_records_client ON service_records (client_id, at)"),
             QStringLiteral("CREATE INDEX service_records_staff ON service_records (staff_id, at)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id {{PK}},"
                            " at BIGINT NOT NULL,"
                            " actor_id BIGINT,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id BIGINT,"
                            " before_json TEXT,"
                            " after_json TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
         }},
        {2,
         QStringLiteral("consultations, units, viewings, contracts, complaints"),
         {
             QStringLiteral("CREATE TABLE consultations ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " channel TEXT NOT NULL,"
                            " received_at BIGINT NOT NULL,"
                            " responded_at BIGINT,"
                            " interests TEXT NOT NULL DEFAULT '',"
                            " needs TEXT NOT NULL DEFAULT '',"
                            " budget_fen BIGINT,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX consultations_client ON consultations (client_id, received_at)"),
             QStringLiteral("CREATE INDEX consultations_open ON consultations (received_at) "
                            "WHERE responded_at IS NULL"),
             QStringLiteral("CREATE TABLE units ("
                            " id {{PK}},"
                            " building TEXT NOT NULL,"
                            " entrance TEXT NOT NULL DEFAULT '',"
                            " floor INTEGER NOT NULL,"
                            " room TEXT NOT NULL,"
                            " area_dm2 BIGINT NOT NULL CHECK (area_dm2 > 0),"
                            " layout TEXT NOT NULL DEFAULT '',"
                            " list_price_fen BIGINT NOT NULL CHECK (list_price_fen >= 0),"
                            " state TEXT NOT NULL DEFAULT 'available' CHECK (state IN ('available',"
                            "'reserved','contracted','handed_over')),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX units_address_unique ON units (building, entrance, room)"),
             QStringLiteral("CREATE TABLE appointments ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " consultant_id BIGINT REFERENCES staff (id),"
                            " starts_at BIGINT NOT NULL,"
                            " ends_at BIGINT NOT NULL,"
                            " party_size INTEGER NOT NULL DEFAULT 1 CHECK (party_size >= 1),"
                            " location TEXT NOT NULL DEFAULT '',"
                            " bring TEXT NOT NULL DEFAULT '',"
                            " security_escort INTEGER NOT NULL DEFAULT 0 CHECK (security_escort IN (0,1)),"
                            " special_needs TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','confirmed',"
                            "'checked_in','done','no_show','cancelled')),"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1,"
                            " CHECK (ends_at > starts_at))"),
             QStringLiteral("CREATE INDEX appointments_start ON appointments (starts_at)"),
             QStringLiteral("CREATE INDEX appointments_client ON appointments (client_id)"),
             QStringLiteral("CREATE TABLE contracts ("
                            " id {{PK}},"
                            " number TEXT NOT NULL,"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " unit_id BIGINT NOT NULL REFERENCES units (id),"
                            " consultant_id BIGINT REFERENCES staff (id),"
                            " price_fen BIGINT NOT NULL CHECK (price_fen >= 0),"
                            " discount_fen BIGINT NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),"
                            " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','signed',"
                            "'filed','cancelled')),"
                            " signed_on TEXT,"
                            " cancel_reason TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX contracts_number_unique ON contracts (number)"),
             // Sales control (销控): one live contract per unit, enforced by the database itself.
             QStringLiteral("CREATE UNIQUE INDEX contracts_one_live_per_unit ON contracts (unit_id) "
                            "WHERE status <> 'cancelled'"),
             QStringLiteral("CREATE INDEX contracts_client ON contracts (client_id)"),
             QStringLiteral("CREATE TABLE complaints ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " channel TEXT NOT NULL DEFAULT '',"
                            " category TEXT NOT NULL DEFAULT '',"
                            " severity TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('normal','urgent',"
                            "'emergency')),"
                            " description TEXT NOT NULL CHECK (description <> ''),"
                            " status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received',"
                            "'first_response','solution_proposed','resolved','return_visit','closed')),"
                            " received_at BIGINT NOT NULL,"
                            " first_response_at BIGINT,"
                            " solution_at BIGINT,"
                            " onsite_at BIGINT,"
                            " resolved_at BIGINT,"
                            " closed_at BIGINT,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX complaints_client ON complaints (client_id)"),
             QStringLiteral(
                 "CREATE INDEX complaints_open ON complaints (received_at) WHERE closed_at IS NULL"),
         }},
        {3,
         QStringLiteral("holiday calendar, deadline policies, deadline items"),
         {
             QStringLiteral("CREATE TABLE calendar_days ("
                            " day TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('holiday','workday')),"
                            " name TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE deadline_policies ("
                 " name TEXT PRIMARY KEY,"
                 " clock TEXT NOT NULL CHECK (clock IN ('wall_clock','working_days','days_before_date',"
                 "'end_of_date')),"
                 " length_minutes BIGINT NOT NULL DEFAULT 0,"
                 " length_days INTEGER NOT NULL DEFAULT 0,"
                 " due_soon_percent INTEGER NOT NULL DEFAULT 20 CHECK (due_soon_percent BETWEEN 0 AND 100),"
                 " pausable INTEGER NOT NULL DEFAULT 0 CHECK (pausable IN (0,1)),"
                 " updated_at BIGINT NOT NULL DEFAULT 0,"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE deadline_items ("
                            " id {{PK}},"
                            " policy TEXT NOT NULL REFERENCES deadline_policies (name),"
                            " entity TEXT NOT NULL,"
                            " entity_id BIGINT NOT NULL,"
                            " client_id BIGINT REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " started_at BIGINT NOT NULL,"
                            " anchor_date TEXT,"
                            " due_at BIGINT NOT NULL,"
                            " due_soon_at BIGINT NOT NULL,"
                            " provisional INTEGER NOT NULL DEFAULT 0,"
                            " stopped_at BIGINT,"
                            " outcome TEXT CHECK (outcome IN ('met','met_late')),"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX deadline_items_record ON deadline_items (policy, entity, entity_id)"),
             // The dashboard reads open items that are due soon or overdue: a few rows of this index.
             QStringLiteral(
                 "CREATE INDEX deadline_items_open ON deadline_items (due_soon_at) WHERE stopped_at IS NULL"),
             QStringLiteral(
                 "CREATE INDEX deadline_items_open_staff ON deadline_items (staff_id) WHERE stopped_at IS NULL"),
             QStringLiteral("CREATE TABLE deadline_pauses ("
                            " id {{PK}},"
                            " item_id BIGINT NOT NULL REFERENCES deadline_items (id),"
                            " paused_at BIGINT NOT NULL,"
                            " resumed_at BIGINT)"),
             QStringLiteral("CREATE INDEX deadline_pauses_item ON deadline_pauses (item_id)"),
         },
         [](const Database &db) { DeadlineSetup::seed(db); }},
        {4,
         QStringLiteral("staff accounts: password hash, failed sign-ins, lock"),
         {
             QStringLiteral("ALTER TABLE staff ADD COLUMN password_hash TEXT"),
             QStringLiteral("ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE staff ADD COLUMN locked_until BIGINT"),
             QStringLiteral("ALTER TABLE staff ADD COLUMN last_login_at BIGINT"),
         }},
        {5,
         QStringLiteral("handovers; anonymised clients (retention)"),
         {
             QStringLiteral(
                 "CREATE TABLE handovers ("
                 " id {{PK}},"
                 " contract_id BIGINT REFERENCES contracts (id),"
                 " unit_id BIGINT NOT NULL REFERENCES units (id),"
                 " client_id BIGINT NOT NULL REFERENCES clients (id),"
                 " handover_on TEXT NOT NULL,"
                 " staff_id BIGINT REFERENCES staff (id),"
                 " status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','done','cancelled')),"
                 " notes TEXT NOT NULL DEFAULT '',"
                 " created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL,"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX handovers_client ON handovers (client_id, handover_on)"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN anonymised_at BIGINT"),
         }},
        {6,
         QStringLiteral("pinyin of client names for the front-desk search"),
         {
             QStringLiteral("ALTER TABLE clients ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX clients_name_pinyin ON clients (name_pinyin)"),
             QStringLiteral("CREATE INDEX clients_name_initials ON clients (name_initials)"),
             QStringLiteral("ALTER TABLE consultations ADD COLUMN after_hours INTEGER NOT NULL DEFAULT 0"),
         },
         [](const Database &db) {
             QSqlDatabase conn = db.connection();
             QSqlQuery read = Sql::run(conn, QStringLiteral("SELECT id, name FROM clients"));
             QList<QPair<qint64, QString>> names;
             while (read.next())
                 names.append({read.value(0).toLongLong(), read.value(1).toString()});
             read.finish();
             QSqlQuery write = Sql::prepare(
                 conn, QStringLiteral("UPDATE clients SET name_pinyin = ?, name_initials = ? WHERE id = ?"));
             for (const auto &n : std::as_const(names)) {
                 const Pinyin::Forms forms = Pinyin::ofName(n.second);
                 write.bindValue(0, forms.full);
                 write.bindValue(1, forms.initials);
                 write.bindValue(2, n.first);
                 Sql::exec(write);
             }
         }},
        {7,
         QStringLiteral("walk-in rotation board and its ledger"),
         {
             QStringLiteral(
                 "CREATE TABLE rotation_places ("
                 " day TEXT NOT NULL,"
                 " staff_id BIGINT NOT NULL REFERENCES staff (id),"
                 " position INTEGER NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available','with_client','on_leave',"
                 "'on_break')),"
                 " PRIMARY KEY (day, staff_id))"),
             QStringLiteral("CREATE TABLE rotation_events ("
                            " id {{PK}},"
                            " day TEXT NOT NULL,"
                            " at BIGINT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('assign','skip','return','reorder')),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " client_id BIGINT REFERENCES clients (id),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " actor_id BIGINT)"),
             QStringLiteral("CREATE INDEX rotation_events_day ON rotation_events (day, staff_id)"),
         }},
        {8,
         QStringLiteral("sample units (showrooms) and their capacity for viewings"),
         {
             QStringLiteral("CREATE TABLE showrooms ("
                            " name TEXT PRIMARY KEY,"
                            " capacity INTEGER NOT NULL CHECK (capacity >= 1))"),
             QStringLiteral(
                 "CREATE INDEX appointments_consultant ON appointments (consultant_id, starts_at)"),
         }},
        {9,
         QStringLiteral("follow-up tasks with due dates"),
         {
             QStringLiteral("CREATE TABLE follow_ups ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " due_on TEXT NOT NULL,"
                            " task TEXT NOT NULL CHECK (task <> ''),"
                            " done_at BIGINT,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX follow_ups_open ON follow_ups (due_on) WHERE done_at IS NULL"),
             QStringLiteral("CREATE INDEX follow_ups_client ON follow_ups (client_id)"),
         }},
        {10,
         QStringLiteral("identity verification, contract questions, payment plans, installments, receipts"),
         {
             QStringLiteral("ALTER TABLE contracts ADD COLUMN id_type TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN id_number TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN id_verified_by BIGINT"),
             QStringLiteral("ALTER TABLE contracts ADD COLUMN id_verified_at BIGINT"),
             QStringLiteral("CREATE TABLE contract_questions ("
                            " id {{PK}},"
                            " contract_id BIGINT NOT NULL REFERENCES contracts (id),"
                            " asked_at BIGINT NOT NULL,"
                            " question TEXT NOT NULL CHECK (question <> ''),"
                            " answer TEXT NOT NULL DEFAULT '',"
                            " answered_by BIGINT REFERENCES staff (id),"
                            " answered_at BIGINT)"),
             QStringLiteral(
                 "CREATE TABLE payment_plans ("
                 " id {{PK}},"
                 " contract_id BIGINT NOT NULL REFERENCES contracts (id),"
                 " kind TEXT NOT NULL CHECK (kind IN ('full','commercial_loan','provident_loan','combined_loan',"
                 "'installments')),"
                 " created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL,"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX payment_plans_contract ON payment_plans (contract_id)"),
             QStringLiteral("CREATE TABLE installments ("
                            " id {{PK}},"
                            " plan_id BIGINT NOT NULL REFERENCES payment_plans (id),"
                            " seq INTEGER NOT NULL,"
                            " label TEXT NOT NULL,"
                            " due_on TEXT NOT NULL,"
                            " amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),"
                            " paid_fen BIGINT NOT NULL DEFAULT 0 CHECK (paid_fen >= 0))"),
             QStringLiteral("CREATE INDEX installments_plan ON installments (plan_id, seq)"),
             QStringLiteral("CREATE TABLE receipts ("
                            " id {{PK}},"
                            " installment_id BIGINT NOT NULL REFERENCES installments (id),"
                            " received_on TEXT NOT NULL,"
                            " amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),"
                            " method TEXT NOT NULL DEFAULT '',"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " created_at BIGINT NOT NULL)"),
         }},
        {11,
         QStringLiteral("loan and tax steps of a contract"),
         {
             QStringLiteral(
                 "CREATE TABLE loan_tax_steps ("
                 " id {{PK}},"
                 " contract_id BIGINT NOT NULL REFERENCES contracts (id),"
                 " seq INTEGER NOT NULL,"
                 " step TEXT NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','done','rejected')),"
                 " done_on TEXT,"
                 " helped_by BIGINT REFERENCES staff (id),"
                 " notes TEXT NOT NULL DEFAULT '',"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX loan_tax_steps_contract ON loan_tax_steps (contract_id, step)"),
             QStringLiteral("ALTER TABLE follow_ups ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
         }},
        {12,
         QStringLiteral(
             "after-sales: complaint events, waiting and escalation, return visits, handover notice and "
             "inspection, defects, deadline rounds and per-record lengths"),
         {
             QStringLiteral("ALTER TABLE complaints ADD COLUMN unit_id BIGINT REFERENCES units (id)"),
             QStringLiteral("ALTER TABLE complaints ADD COLUMN contract_id BIGINT REFERENCES contracts (id)"),
             QStringLiteral("ALTER TABLE complaints ADD COLUMN waiting_since BIGINT"),
             QStringLiteral("ALTER TABLE complaints ADD COLUMN escalated_at BIGINT"),
             QStringLiteral("ALTER TABLE complaints ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE TABLE complaint_events ("
                            " id {{PK}},"
                            " complaint_id BIGINT NOT NULL REFERENCES complaints (id),"
                            " at BIGINT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at)"),
             QStringLiteral("CREATE TABLE return_visits ("
                            " id {{PK}},"
                            " complaint_id BIGINT NOT NULL REFERENCES complaints (id),"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " visited_at BIGINT NOT NULL,"
                            " channel TEXT NOT NULL DEFAULT '',"
                            " satisfaction INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),"
                            " satisfied INTEGER NOT NULL CHECK (satisfied IN (0,1)),"
                            " outcome TEXT NOT NULL CHECK (outcome <> ''),"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX return_visits_complaint ON return_visits (complaint_id)"),
             QStringLiteral("ALTER TABLE handovers ADD COLUMN notice_sent_at BIGINT"),
             QStringLiteral("ALTER TABLE handovers ADD COLUMN notice_channel TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE handovers ADD COLUMN inspected_at BIGINT"),
             QStringLiteral("ALTER TABLE handovers ADD COLUMN property_contact TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE handovers ADD COLUMN property_contact_given_at BIGINT"),
             QStringLiteral(
                 "CREATE TABLE defects ("
                 " id {{PK}},"
                 " handover_id BIGINT NOT NULL REFERENCES handovers (id),"
                 " location TEXT NOT NULL CHECK (location <> ''),"
                 " description TEXT NOT NULL CHECK (description <> ''),"
                 " responsible TEXT NOT NULL CHECK (responsible <> ''),"
                 " deadline_days INTEGER NOT NULL CHECK (deadline_days >= 1),"
                 " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','fixed','closed')),"
                 " recorded_at BIGINT NOT NULL,"
                 " fixed_at BIGINT,"
                 " reinspected_at BIGINT,"
                 " reinspection_result TEXT NOT NULL DEFAULT '',"
                 " reinspected_by BIGINT REFERENCES staff (id),"
                 " complaint_id BIGINT REFERENCES complaints (id),"
                 " created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL,"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX defects_handover ON defects (handover_id)"),
             // A reopened complaint owes a new solution and a new return visit: a second round of
             // the same policy on the same record. A defect may carry its own length.
             QStringLiteral("ALTER TABLE deadline_items ADD COLUMN round INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE deadline_items ADD COLUMN length_days INTEGER"),
             QStringLiteral("DROP INDEX deadline_items_record"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX deadline_items_record ON deadline_items (policy, entity, entity_id, round)"),
         },
         [](const Database &db) { DeadlineSetup::trackExistingRecords(db); }},
        {13,
         QStringLiteral(
             "follow-up tasks point at the record they are about (anomalies flagged once); co-buyers"),
         {
             QStringLiteral("ALTER TABLE contracts ADD COLUMN co_buyers TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE follow_ups ADD COLUMN ref_entity TEXT"),
             QStringLiteral("ALTER TABLE follow_ups ADD COLUMN ref_id BIGINT"),
             QStringLiteral("CREATE INDEX follow_ups_ref ON follow_ups (ref_entity, ref_id)"),
         }},
        {14,
         QStringLiteral(
             "supervision: quarterly surveys, improvement actions, training, published monthly appraisals"),
         {
             QStringLiteral("CREATE TABLE survey_campaigns ("
                            " id {{PK}},"
                            " quarter TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL CHECK (title <> ''),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE survey_responses ("
                            " id {{PK}},"
                            " campaign_id BIGINT NOT NULL REFERENCES survey_campaigns (id),"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " staff_id BIGINT REFERENCES staff (id),"
                            " stage TEXT NOT NULL CHECK (stage IN ('prospect','contracted','handed_over')),"
                            " attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 5),"
                            " efficiency INTEGER NOT NULL CHECK (efficiency BETWEEN 1 AND 5),"
                            " resolution INTEGER NOT NULL CHECK (resolution BETWEEN 1 AND 5),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " responded_at BIGINT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX survey_responses_once ON survey_responses (campaign_id, client_id)"),
             QStringLiteral(
                 "CREATE INDEX survey_responses_staff ON survey_responses (staff_id, responded_at)"),
             QStringLiteral("CREATE TABLE improvement_actions ("
                            " id {{PK}},"
                            " campaign_id BIGINT NOT NULL REFERENCES survey_campaigns (id),"
                            " action TEXT NOT NULL CHECK (action <> ''),"
                            " owner_id BIGINT REFERENCES staff (id),"
                            " due_on TEXT NOT NULL,"
                            " done_at BIGINT,"
                            " result TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE training_sessions ("
                 " id {{PK}},"
                 " held_on TEXT NOT NULL,"
                 " topic TEXT NOT NULL CHECK (topic IN ('service_rules','communication','emergency','other')),"
                 " title TEXT NOT NULL CHECK (title <> ''),"
                 " pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),"
                 " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE training_results ("
                            " id {{PK}},"
                            " session_id BIGINT NOT NULL REFERENCES training_sessions (id),"
                            " staff_id BIGINT NOT NULL REFERENCES staff (id),"
                            " attempt INTEGER NOT NULL CHECK (attempt >= 1),"
                            " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),"
                            " passed INTEGER NOT NULL CHECK (passed IN (0,1)),"
                            " assessed_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX training_results_attempt ON training_results (session_id, staff_id, attempt)"),
             QStringLiteral("CREATE TABLE kpi_snapshots ("
                            " id {{PK}},"
                            " month TEXT NOT NULL,"
                            " staff_id BIGINT NOT NULL REFERENCES staff (id),"
                            " revision INTEGER NOT NULL CHECK (revision >= 1),"
                            " figures TEXT NOT NULL,"
                            " published_at BIGINT NOT NULL,"
                            " published_by BIGINT REFERENCES staff (id),"
                            " reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX kpi_snapshots_revision ON kpi_snapshots (month, staff_id, revision)"),
             // The appraisal reads each staff member's month: their deadlines and consultations.
             QStringLiteral("CREATE INDEX deadline_items_staff_due ON deadline_items (staff_id, due_at)"),
             QStringLiteral("CREATE INDEX consultations_staff ON consultations (staff_id, received_at)"),
             QStringLiteral("CREATE INDEX handovers_unit ON handovers (unit_id)"),
             // A board reads the deadlines of its rows (complaints, defects, installments) by record.
             QStringLiteral("CREATE INDEX deadline_items_entity ON deadline_items (entity, entity_id)"),
             // Clients served by a staff member in a month, from the index alone.
             QStringLiteral("DROP INDEX service_records_staff"),
             QStringLiteral(
                 "CREATE INDEX service_records_staff ON service_records (staff_id, at, client_id)"),
         }},
        {15,
         QStringLiteral(
             "one follow-up task per anomaly and per escalated complaint, instead of a copy for each supervisor"),
         {
             // An open copy goes when the same anomaly has an older copy or a done one.
             QStringLiteral(
                 "DELETE FROM follow_ups WHERE kind = 'anomaly' AND done_at IS NULL AND EXISTS (SELECT 1 FROM "
                 "follow_ups o WHERE o.kind = 'anomaly' AND o.ref_entity = follow_ups.ref_entity AND o.ref_id = "
                 "follow_ups.ref_id AND o.id <> follow_ups.id AND (o.done_at IS NOT NULL OR o.id < follow_ups.id))"),
             QStringLiteral(
                 "DELETE FROM follow_ups WHERE kind = 'escalation' AND done_at IS NULL AND EXISTS (SELECT 1 FROM "
                 "follow_ups o WHERE o.kind = 'escalation' AND o.client_id = follow_ups.client_id AND o.due_on = "
                 "follow_ups.due_on AND o.task = follow_ups.task AND o.id <> follow_ups.id AND (o.done_at IS NOT "
                 "NULL OR o.id < follow_ups.id))"),
         }},
        {16,
         QStringLiteral("scheduled jobs run once per period across all PCs"),
         {
             QStringLiteral("CREATE TABLE job_runs ("
                            " job TEXT NOT NULL,"
                            " period TEXT NOT NULL,"
                            " started_at BIGINT NOT NULL,"
                            " finished_at BIGINT,"
                            " host TEXT NOT NULL DEFAULT '',"
                            " result TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (job, period))"),
         }},
        {17,
         QStringLiteral("regular return visits after signing and after the handover; opening checklists"),
         {
             QStringLiteral(
                 "CREATE TABLE scheduled_visits ("
                 " id {{PK}},"
                 " kind TEXT NOT NULL CHECK (kind IN ('after_signing','after_handover')),"
                 " client_id BIGINT NOT NULL REFERENCES clients (id),"
                 " contract_id BIGINT REFERENCES contracts (id),"
                 " handover_id BIGINT REFERENCES handovers (id),"
                 " staff_id BIGINT REFERENCES staff (id),"
                 " owed_from BIGINT NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'due' CHECK (status IN ('due','done','withdrawn')),"
                 " visited_at BIGINT,"
                 " visited_by BIGINT REFERENCES staff (id),"
                 " channel TEXT NOT NULL DEFAULT '',"
                 " satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),"
                 " satisfied INTEGER CHECK (satisfied IN (0,1)),"
                 " outcome TEXT NOT NULL DEFAULT '',"
                 " created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL,"
                 " row_version INTEGER NOT NULL DEFAULT 1)"),
             // One visit after each signing and after each handover, whichever PC schedules it.
             QStringLiteral(
                 "CREATE UNIQUE INDEX scheduled_visits_contract ON scheduled_visits (contract_id) WHERE kind = "
                 "'after_signing'"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX scheduled_visits_handover ON scheduled_visits (handover_id) WHERE kind = "
                 "'after_handover'"),
             QStringLiteral("CREATE INDEX scheduled_visits_client ON scheduled_visits (client_id)"),
             QStringLiteral("CREATE INDEX scheduled_visits_status ON scheduled_visits (status, owed_from)"),
             QStringLiteral("CREATE TABLE checklist_ticks ("
                            " id {{PK}},"
                            " day TEXT NOT NULL,"
                            " place TEXT NOT NULL CHECK (place <> ''),"
                            " item TEXT NOT NULL CHECK (item <> ''),"
                            " ticked_by BIGINT NOT NULL REFERENCES staff (id),"
                            " ticked_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX checklist_ticks_once ON checklist_ticks (day, place, item)"),
         },
         // The deadline policies of the visits, with their defaults (declared once, in DeadlinePolicy).
         [](const Database &db) { DeadlineSetup::addMissingPolicies(db); }},
        {18,
         QStringLiteral("a client's source as written when no channel fits (imported files)"),
         {
             QStringLiteral("ALTER TABLE clients ADD COLUMN source_detail TEXT NOT NULL DEFAULT ''"),
         }},
        {19,
         QStringLiteral(
             "rewards given to outstanding staff and coaching given to those flagged, with the published appraisal"),
         {
             QStringLiteral("CREATE TABLE appraisal_rewards ("
                            " id {{PK}},"
                            " month TEXT NOT NULL,"
                            " staff_id BIGINT NOT NULL REFERENCES staff (id),"
                            " reward TEXT NOT NULL CHECK (reward <> ''),"
                            " reason TEXT NOT NULL CHECK (reason <> ''),"
                            " given_on TEXT NOT NULL,"
                            " given_by BIGINT REFERENCES staff (id),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX appraisal_rewards_month ON appraisal_rewards (month, staff_id)"),
             QStringLiteral("CREATE TABLE appraisal_coaching ("
                            " id {{PK}},"
                            " month TEXT NOT NULL,"
                            " staff_id BIGINT NOT NULL REFERENCES staff (id),"
                            " held_on TEXT NOT NULL,"
                            " topic TEXT NOT NULL CHECK (topic <> ''),"
                            " outcome TEXT NOT NULL DEFAULT '',"
                            " coach_id BIGINT REFERENCES staff (id),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX appraisal_coaching_month ON appraisal_coaching (month, staff_id)"),
         }},
        {20,
         QStringLiteral(
             "the audit log as a hash chain: each entry's place, image digest and hash; the chain's head"),
         {
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN images_salt TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN images_digest TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN entry_hash TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq)"),
             QStringLiteral("CREATE TABLE audit_chain_head ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " seq BIGINT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         },
         // The entries written so far go on the chain in the order they were written.
         [](const Database &db) { AuditChain::rebuild(db); }},
        {21,
         QStringLiteral(
             "the front-desk search's index of the clients' names and phone digits, kept by triggers"),
         {},
         [](const Database &db) { ClientSearchIndex::create(db); }},
        {22,
         QStringLiteral(
             "the client list sorted by source and by the day a client was added, read from indexes"),
         {
             QStringLiteral("CREATE INDEX clients_source ON clients (source, id)"),
             QStringLiteral("CREATE INDEX clients_created ON clients (created_at, id)"),
         }},
        {23,
         QStringLiteral("an index of the client on every table that names one, so that merging or removing "
                        "a client reads only that client's rows"),
         {
             QStringLiteral("CREATE INDEX deadline_items_client ON deadline_items (client_id)"),
             QStringLiteral("CREATE INDEX rotation_events_client ON rotation_events (client_id)"),
             QStringLiteral("CREATE INDEX return_visits_client ON return_visits (client_id)"),
             QStringLiteral("CREATE INDEX survey_responses_client ON survey_responses (client_id)"),
         }},
        {24,
         QStringLiteral(
             "the viewings of a span read with their status from one index; the open deadline items "
             "of one kind read from an index of their own"),
         {
             // The index carries the status, so the dashboard's "booked or confirmed" within a span
             // is checked in the index and only those viewings are read from the table.
             QStringLiteral("CREATE INDEX appointments_start_status ON appointments (starts_at, status)"),
             QStringLiteral("DROP INDEX appointments_start"),
             // The open items of one kind due soon (the front desk's consultations, the complaints'
             // escalation): SQLite read every item of the kind through (entity, entity_id) instead.
             QStringLiteral("CREATE INDEX deadline_items_open_entity ON deadline_items (entity, due_soon_at) "
                            "WHERE stopped_at IS NULL"),
         }},
        {25,
         QStringLiteral(
             "the client list sorted by consultant and by the last service, read from indexes; each "
             "client's last service kept in a column by triggers"),
         {
             // Each consultant's clients in id order, the list's order within a consultant.
             QStringLiteral("DROP INDEX clients_consultant"),
             QStringLiteral("CREATE INDEX clients_consultant ON clients (consultant_id, id)"),
         },
         [](const Database &db) { ClientLastService::create(db); }},
        {26,
         QStringLiteral("PostgreSQL: the search index written once per INSERT statement, an import's clients "
                        "at once; the reports' consultations and complaints of a day or a month read from "
                        "an index of their time; each client's last service kept under a lock of the client"),
         {
             // The daily reception log and the month's complaint compliance: both databases read
             // every consultation (100 000 in the demo office) or complaint to find one day's.
             QStringLiteral("CREATE INDEX consultations_received ON consultations (received_at, id)"),
             QStringLiteral("CREATE INDEX complaints_received ON complaints (received_at, id)"),
         },
         [](const Database &db) {
             ClientSearchIndex::useStatementTrigger(db);
             ClientLastService::lockTheClient(db);
         }},
        {27,
         QStringLiteral("a client's other phone numbers beside the main one, found by the front desk and the "
                        "search like the main one"),
         {
             QStringLiteral("CREATE TABLE client_phones ("
                            " id {{PK}},"
                            " client_id BIGINT NOT NULL REFERENCES clients (id),"
                            " phone TEXT NOT NULL CHECK (phone LIKE '+%'),"
                            " label TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL)"),
             // One client per number among the other numbers; against the main numbers the
             // writers lock the number (ClientPhones) and check both tables.
             QStringLiteral("CREATE UNIQUE INDEX client_phones_phone_unique ON client_phones (phone)"),
             QStringLiteral("CREATE INDEX client_phones_client ON client_phones (client_id)"),
         },
         [](const Database &db) { ClientSearchIndex::indexOtherPhones(db); }},
        {28,
         QStringLiteral("who entered each service act beside the staff member it is credited to"),
         {
             // Empty for the acts entered before: the audit log names who entered those.
             QStringLiteral(
                 "ALTER TABLE service_records ADD COLUMN recorded_by BIGINT REFERENCES staff (id)"),
         }},
        {29,
         QStringLiteral("an erased client whose name a signed or filed contract keeps by law is marked so, "
                        "whether or not the contract records an ID document"),
         {
             // 1 while an erasure on request kept the buyer's name with a contract the law keeps;
             // the retention rule removes the name when the period is over and sets it back to 0.
             QStringLiteral("ALTER TABLE clients ADD COLUMN kept_by_law INTEGER NOT NULL DEFAULT 0"),
             // Erased before: the erasure kept the name (and its pinyin, which the retention rule
             // clears with it) or the contract's ID document or co-buyers.
             QStringLiteral(
                 "UPDATE clients SET kept_by_law = 1 WHERE anonymised_at IS NOT NULL AND EXISTS (SELECT 1 FROM "
                 "contracts k WHERE k.client_id = clients.id AND k.status IN ('signed', 'filed') AND "
                 "(k.id_number <> '' OR k.co_buyers <> '' OR clients.name_pinyin <> '' OR "
                 "clients.name_initials <> ''))"),
         }},
        {30,
         QStringLiteral("PostgreSQL: phone numbers, pinyin and initials compared byte by byte whatever the "
                        "database's collation, so that searching by their start finds them"),
         {},
         [](const Database &db) { ClientSearchIndex::compareRangesByteWise(db); }},
        {31,
         QStringLiteral("an erased client is finished business: no digit search finds the placeholder that "
                        "stands for its phone, and nothing is owed to it that would mean contacting it"),
         {
             // Erased before: the consultations still awaiting a response and the regular return
             // visits still due leave the dashboard and the lists (as Erasure withdraws them now).
             QStringLiteral(
                 "DELETE FROM deadline_pauses WHERE item_id IN (SELECT d.id FROM deadline_items d JOIN clients c "
                 "ON c.id = d.client_id WHERE c.anonymised_at IS NOT NULL AND d.stopped_at IS NULL AND d.policy IN "
                 "('consultation-response', 'visit-after-signing', 'visit-after-handover'))"),
             QStringLiteral(
                 "DELETE FROM deadline_items WHERE stopped_at IS NULL AND policy IN ('consultation-response', "
                 "'visit-after-signing', 'visit-after-handover') AND client_id IN (SELECT id FROM clients WHERE "
                 "anonymised_at IS NOT NULL)"),
             QStringLiteral(
                 "UPDATE scheduled_visits SET status = 'withdrawn', row_version = row_version + 1 WHERE status = "
                 "'due' AND client_id IN (SELECT id FROM clients WHERE anonymised_at IS NOT NULL)"),
         },
         // The search index's triggers leave the placeholders out; their entries written before go.
         [](const Database &db) { ClientSearchIndex::leaveOutErasedPlaceholders(db); }},
        {32,
         QStringLiteral(
             "a receipt entered by mistake is reversed, not deleted: who reversed it, when and why; "
             "a receipt entered after its installment's due date for money received by then says "
             "what shows it"),
         {
             QStringLiteral("ALTER TABLE receipts ADD COLUMN reversed_at BIGINT"),
             QStringLiteral("ALTER TABLE receipts ADD COLUMN reversed_by BIGINT REFERENCES staff (id)"),
             QStringLiteral("ALTER TABLE receipts ADD COLUMN reversal_reason TEXT NOT NULL DEFAULT ''"),
             // The bank slip or other evidence of a late entry (PaymentPlanRepository::addReceipt).
             QStringLiteral("ALTER TABLE receipts ADD COLUMN evidence TEXT NOT NULL DEFAULT ''"),
         }},
    };
    return list;
}

QStringList Migrations::tablesInDependencyOrder()
{
    return {QStringLiteral("schema_version"),
            QStringLiteral("settings"),
            QStringLiteral("staff"),
            QStringLiteral("clients"),
            QStringLiteral("client_phones"),
            QStringLiteral("units"),
            QStringLiteral("service_records"),
            QStringLiteral("consultations"),
            QStringLiteral("appointments"),
            QStringLiteral("contracts"),
            QStringLiteral("complaints"),
            QStringLiteral("handovers"),
            QStringLiteral("calendar_days"),
            QStringLiteral("deadline_policies"),
            QStringLiteral("rotation_places"),
            QStringLiteral("rotation_events"),
            QStringLiteral("showrooms"),
            QStringLiteral("follow_ups"),
            QStringLiteral("contract_questions"),
            QStringLiteral("payment_plans"),
            QStringLiteral("installments"),
            QStringLiteral("receipts"),
            QStringLiteral("loan_tax_steps"),
            QStringLiteral("complaint_events"),
            QStringLiteral("return_visits"),
            QStringLiteral("defects"),
            QStringLiteral("survey_campaigns"),
            QStringLiteral("survey_responses"),
            QStringLiteral("improvement_actions"),
            QStringLiteral("training_sessions"),
            QStringLiteral("training_results"),
            QStringLiteral("kpi_snapshots"),
            QStringLiteral("appraisal_rewards"),
            QStringLiteral("appraisal_coaching"),
            QStringLiteral("scheduled_visits"),
            QStringLiteral("checklist_ticks"),
            QStringLiteral("deadline_items"),
            QStringLiteral("deadline_pauses"),
            QStringLiteral("job_runs"),
            QStringLiteral("audit_log"),
            QStringLiteral("audit_chain_head")};
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(const Database &db)
{
    QSqlDatabase conn = db.connection();
    if (!conn.tables().contains(QStringLiteral("schema_version")))
        return 0;
    const QVariant v = Sql::scalar(conn, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return v.isNull() ? 0 : v.toInt();
}

namespace {

void refuseIfNewer(const Database &db, int current)
{
    if (current > Migrations::latestVersion())
        throw SchemaTooNewError(
            Migrations::tr(
                "The database %1 was made by a newer EstateDesk (schema version %2; this program knows up to "
                "version %3): update the program to open it. Nothing was changed.")
                .arg(db.config().describe())
                .arg(current)
                .arg(Migrations::latestVersion()));
}

} // namespace

void Migrations::ensureNotNewer(const Database &db)
{
    refuseIfNewer(db, currentVersion(db));
}

void Migrations::ensureStillNotNewer(const Database &db)
{
    refuseIfNewer(
        db, Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt());
}

namespace {

// The database-wide lock of an upgrade, held across its transactions (the backup before it and
// each step) and released at the end, or with the program if it dies.
class SchemaLock
{
public:
    explicit SchemaLock(const Database &db) : m_db(db.connection())
    {
        if (db.backend() == Backend::Postgres) {
            // A session-level advisory lock: it outlives the transactions of the steps.
            Sql::run(m_db, QStringLiteral("SELECT pg_advisory_lock(CAST(? AS BIGINT))"), {kKey});
            return;
        }
        // A SQLite file serves the programs of one PC (network drives are refused): a lock file
        // beside it, taken over when the program that held it is gone.
        m_file = std::make_unique<QLockFile>(m_db.databaseName() + QStringLiteral("-upgrade.lock"));
        m_file->setStaleLockTime(0); // a long upgrade is not stale; a dead program's lock is
        if (!m_file->lock())
            throw StorageError(
                Migrations::tr("Cannot upgrade the database %1: its folder cannot be written (lock file %2).")
                    .arg(QDir::toNativeSeparators(m_db.databaseName()),
                         QDir::toNativeSeparators(m_file->fileName())));
    }
    ~SchemaLock()
    {
        if (m_file)
            return; // QLockFile unlocks
        try {
            Sql::run(m_db, QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS BIGINT))"), {kKey});
        } catch (const Error &) {
            // The connection is gone, and the lock with it.
        }
    }
    SchemaLock(const SchemaLock &) = delete;
    SchemaLock &operator=(const SchemaLock &) = delete;

private:
    static constexpr qint64 kKey = 0x4544534348454d41; // "EDSCHEMA"
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace

int Migrations::migrate(const Database &db, int targetVersion, const BeforeUpgrade &beforeUpgrade)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    ensureNotNewer(db);
    int current = currentVersion(db);
    if (current >= targetVersion) {
        if (current > 0)
            db.markSchemaInPlace();
        return current;
    }
    // Several PCs may open the database at once: one upgrades, the others wait for it and then
    // find the schema current. Only the one that upgrades takes the backup.
    QSqlDatabase conn = db.connection();
    const SchemaLock lock(db);
    ensureNotNewer(db);
    current = currentVersion(db);
    if (current >= targetVersion) {
        if (current > 0)
            db.markSchemaInPlace();
        return current;
    }
    if (current > 0 && beforeUpgrade)
        beforeUpgrade(current, targetVersion);

    const bool upgraded = current > 0;
    if (current == 0) {
        Transaction tx(db);
        Sql::run(conn, QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                      "applied_at BIGINT NOT NULL, description TEXT NOT NULL)"));
        tx.commit();
    }
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        for (const QString &statement : step.statements) {
            try {
                Sql::run(conn, db.dialect().expand(statement));
            } catch (const StorageError &e) {
                throw StorageError(
                    tr("Upgrading the database to version %1 failed; it stays at version %2. %3")
                        .arg(step.version)
                        .arg(current)
                        .arg(e.message()));
            }
        }
        if (step.fill)
            step.fill(db);
        Sql::run(
            conn,
            QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"),
            {step.version, QDateTime::currentMSecsSinceEpoch(), step.description});
        tx.commit();
        current = step.version;
    }
    // PostgreSQL plans from statistics that an upgrade leaves behind: a step may have rewritten
    // every row of a table (25 filled a column for every client) or added an index. Read them
    // again at once rather than when the server gets round to it (SQLite keeps none).
    if (upgraded && db.backend() == Backend::Postgres)
        Sql::run(conn, QStringLiteral("ANALYZE"));
    if (current > 0)
        db.markSchemaInPlace();
    return current;
}

} // namespace estatedesk

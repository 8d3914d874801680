// The desk's dates and numbers are the staff screens' (lib/staff-format.ts), under the names it uses.
export {
  STAFF_TIME_ZONE as DESK_TIME_ZONE,
  staffFormat as deskFormat,
  type StaffFormat as DeskFormat,
} from '../../../lib/staff-format';

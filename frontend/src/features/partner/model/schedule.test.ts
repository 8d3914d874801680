// The hours editor's checks, as pure functions: the same rules and paths as the server (ServiceScheduleTest), so
// a message found here lands on the same input as one the server sends back.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { newClosure, newSlot, scheduleFieldOf, scheduleValues, toScheduleInput, validateSchedule, type SlotRow } from './schedule';
import { scheduleMessages } from './validation';

const m = scheduleMessages(staffTranslator('en'));
const slot = (weekday: SlotRow['weekday'], opensAt: string, closesAt: string, extra: Partial<SlotRow> = {}): SlotRow => ({
  weekday,
  opensAt,
  closesAt,
  validFrom: '',
  validTo: '',
  walkIn: true,
  appointment: false,
  interpreting: false,
  ...extra,
});
const check = (slots: SlotRow[], closures: { startsOn: string; endsOn: string; reason: string }[] = []) => validateSchedule({ slots, closures }, m);

describe('the hours editor', () => {
  it('accepts a week of slots, including two on one day that meet without overlapping', () => {
    expect(check([slot('TU', '09:00', '12:00'), slot('TU', '12:00', '13:30'), slot('TH', '14:00', '17:00')])).toEqual({});
  });

  it('wants times as HH:MM, a closing after the opening, and says which input is wrong', () => {
    expect(check([slot('TU', '', '12:00')])).toEqual({ 'slots[0].opensAt': 'Fill this in.' });
    expect(check([slot('TU', '9:30', '12:00')])).toEqual({ 'slots[0].opensAt': 'A time as HH:MM, such as 09:30.' });
    expect(check([slot('TU', '09:30', '24:00')])).toEqual({ 'slots[0].closesAt': 'A time as HH:MM, such as 09:30.' });
    expect(check([slot('MO', '09:00', '12:00'), slot('TU', '14:00', '14:00')])).toEqual({ 'slots[1].closesAt': 'Must be after the opening time.' });
    expect(check([slot('TU', '14:00', '12:00')])).toEqual({ 'slots[0].closesAt': 'Must be after the opening time.' });
  });

  it('finds overlapping slots of a day, but not when their periods do not meet', () => {
    expect(check([slot('TU', '09:00', '12:00'), slot('TU', '11:30', '13:00')])).toEqual({ 'slots[1].opensAt': 'Overlaps slot 1 of the same day.' });
    expect(check([slot('WE', '09:00', '12:00', { validTo: '2026-12-31' }), slot('WE', '10:00', '11:00', { validFrom: '2027-01-01' })])).toEqual({});
    expect(check([slot('WE', '09:00', '12:00', { validTo: '2027-01-05' }), slot('WE', '10:00', '11:00', { validFrom: '2027-01-01' })])).toEqual({
      'slots[1].opensAt': 'Overlaps slot 1 of the same day.',
    });
  });

  it('wants real dates, in order', () => {
    expect(check([slot('TU', '09:00', '12:00', { validFrom: '2027-02-30' })])).toEqual({ 'slots[0].validFrom': 'A date that exists, such as 24/12/2026.' });
    expect(check([slot('TU', '09:00', '12:00', { validFrom: '2027-01-10', validTo: '2027-01-01' })])).toEqual({ 'slots[0].validTo': 'Must be after the first day.' });
  });

  it('checks each closure: both days, in order, under a year, a short reason', () => {
    expect(check([], [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: 'Fin d’année' }])).toEqual({});
    expect(check([], [{ startsOn: '2026-12-24', endsOn: '2026-12-24', reason: '' }])).toEqual({});
    expect(check([], [newClosure()])).toEqual({ 'closures[0].startsOn': 'Fill this in.', 'closures[0].endsOn': 'Fill this in.' });
    expect(check([], [{ startsOn: '2027-01-10', endsOn: '2027-01-09', reason: '' }])).toEqual({ 'closures[0].endsOn': 'Must be the first day or after it.' });
    expect(check([], [{ startsOn: '2027-01-01', endsOn: '2028-01-02', reason: '' }])).toEqual({
      'closures[0].endsOn': 'Under a year: longer, set the service to “closed for a while”.',
    });
    expect(check([], [{ startsOn: '2027-01-01', endsOn: '2028-01-01', reason: '' }])).toEqual({});
    expect(check([], [{ startsOn: '2027-01-01', endsOn: '2027-01-02', reason: 'x'.repeat(201) }])).toEqual({ 'closures[0].reason': 'At most 200 characters.' });
  });

  it('bounds the lists as the server does', () => {
    expect(check(Array.from({ length: 43 }, () => slot('MO', '09:00', '09:10')))['slots']).toBe('At most 42 slots.');
    const closures = Array.from({ length: 21 }, () => ({ startsOn: '2027-01-01', endsOn: '2027-01-02', reason: '' }));
    expect(check([], closures)['closures']).toBe('At most 20 closures.');
  });

  it('turns the rows into the schedule the PUT takes, and back', () => {
    const rows = scheduleValues({
      schedule: {
        slots: [{ weekday: 'TU', opensAt: '14:00', closesAt: '17:00', validFrom: null, validTo: '2027-06-30', walkIn: true, appointment: null, interpreting: true }],
        closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: null }],
      },
    });
    expect(rows.slots[0]).toEqual(slot('TU', '14:00', '17:00', { validTo: '2027-06-30', interpreting: true }));
    expect(rows.closures[0]).toEqual({ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: '' });
    expect(toScheduleInput({ slots: [slot('TU', ' 14:00', '17:00 ')], closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: '  ' }] })).toEqual({
      slots: [{ weekday: 'TU', opensAt: '14:00', closesAt: '17:00', validFrom: null, validTo: null, walkIn: true, appointment: false, interpreting: false }],
      closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: null }],
    });
  });

  it('starts a new slot the day after the last one, with its hours', () => {
    expect(newSlot([])).toMatchObject({ weekday: 'MO', opensAt: '09:00', closesAt: '12:00' });
    expect(newSlot([slot('SU', '14:00', '16:00', { validFrom: '2027-01-01' })])).toMatchObject({ weekday: 'MO', opensAt: '14:00', validFrom: '' });
  });

  it('puts the server’s messages on the same inputs, and the rest above the form', () => {
    expect(scheduleFieldOf('slots[2].closesAt')).toBe('slots[2].closesAt');
    expect(scheduleFieldOf('closures[0].endsOn')).toBe('closures[0].endsOn');
    expect(scheduleFieldOf('slots')).toBe('slots');
    expect(scheduleFieldOf('If-Match')).toBeUndefined();
    expect(scheduleFieldOf('body')).toBeUndefined();
  });
});

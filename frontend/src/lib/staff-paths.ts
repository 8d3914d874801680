// The one line of staff code in the kiosk's entry: which paths load the staff shell (a separate chunk).
/** The paths the staff shell serves; every other path is the kiosk's. Read by the entry (main.tsx). */
export function isStaffPath(path: string): boolean {
  return /^\/(desk|partner|admin|staff|signed-out)(\/|$)/.test(path);
}

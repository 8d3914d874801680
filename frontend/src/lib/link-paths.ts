// The one line of the signed-link page in the kiosk's entry: which paths load it (a chunk of its own).
/** The public page of a signed link, /r/{token} (decision 0018); read by the entry (main.tsx). */
export function isLinkPath(path: string): boolean {
  return /^\/r(\/|$)/.test(path);
}

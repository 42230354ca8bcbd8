/**
 * A success message for the page a write leads to ("Event deleted: …"), carried in the
 * history entry's state: `navigate(to, withNotice('…'))`, shown there by `NoticeBanner`.
 */
type NoticeState = { notice: string };

export function withNotice(notice: string): { state: NoticeState } {
  return { state: { notice } };
}

/** The notice in a location's state, if a write left one. */
export function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  return typeof state.notice === 'string' && state.notice ? state.notice : undefined;
}

/** The channel icons' files by their path from the repository's root (scripts/channel-icons.mjs). */
export function channelIconFiles(): Map<string, string | Uint8Array>;
export const IconNames: Readonly<Record<string, string>>;
export const IconColor: string;

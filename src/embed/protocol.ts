/** Version of the message format; bumped only on an incompatible change (src/embed/messages.ts). */
export const PROTOCOL_VERSION = 1;

/** The social card's size: 1200×630, what Open Graph and Twitter's large card expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

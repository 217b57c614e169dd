/**
 * A neutral page to leave for ("Lämna sidan snabbt"). Leaving is the
 * person's own choice, so it is the one request off the origin. The app and
 * the start page in the HTML (rendered at build time) both link here.
 */
export const EXIT_URL = 'https://www.smhi.se/';

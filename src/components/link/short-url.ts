/** An address as people read it aloud: no "https://", no "www." ("1177.se/…"). */
export const shortUrl = (url: string): string => url.replace(/^https?:\/\/(www\d?\.)?/, '');

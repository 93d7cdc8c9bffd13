/** A circle of radius 9 around the centre: the base of the status icons. */
const ring = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0';
const star = 'M12 3l2.5 6.1 6.6.5-5 4.3 1.5 6.5-5.6-3.5-5.6 3.5 1.5-6.5-5-4.3 6.6-.5z';

/**
 * Loket's icon set: one path each on a 24 × 24 grid, drawn with a 2 px round stroke in
 * `currentColor` (`star-filled` is also filled). Drawn for Loket; no third-party artwork.
 */
export const icons = {
  bell: 'M18 16v-5a6 6 0 0 0-12 0v5l-2 3h16zM10 22h4',
  user: 'M8 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21a8 7 0 0 1 16 0',
  users: 'M5 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0M2 21a7 6 0 0 1 14 0M16 4a4 4 0 0 1 0 8M18 15a6 6 0 0 1 4 6',
  building: 'M4 21V3h10v18M14 9h6v12M2 21h20M8 7h2M8 11h2M8 15h2',
  'chevron-down': 'M6 9l6 6 6-6',
  'chevron-up': 'M6 15l6-6 6 6',
  'chevron-left': 'M15 6l-6 6 6 6',
  'chevron-right': 'M9 6l6 6-6 6',
  close: 'M6 6l12 12M18 6L6 18',
  check: 'M4 12l5 5L20 6',
  plus: 'M12 5v14M5 12h14',
  info: ring + 'M12 11v6M12 7v.01',
  warning: 'M12 3L2 20h20zM12 9v5M12 17v.01',
  error: ring + 'M12 7v6M12 16v.01',
  success: ring + 'M8 12l3 3 5-6',
  menu: 'M4 6h16M4 12h16M4 18h16',
  search: 'M4 11a7 7 0 1 0 14 0a7 7 0 1 0-14 0M16 16l5 5',
  'external-link': 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  'arrow-left': 'M20 12H4M10 6l-6 6 6 6',
  'arrow-right': 'M4 12h16M14 6l6 6-6 6',
  logout: 'M9 21H4V3h5M16 17l5-5-5-5M21 12H9',
  login: 'M15 3h5v18h-5M10 17l5-5-5-5M15 12H3',
  phone: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  globe: ring + 'M3 12h18M12 3a14 14 0 0 1 0 18a14 14 0 0 1 0-18',
  clock: ring + 'M12 7v5l3 3',
  document: 'M5 2h9l5 5v15H5zM14 2v5h5M8 13h8M8 17h8',
  download: 'M12 3v12M7 10l5 5 5-5M4 21h16',
  star,
  'star-filled': star,
  refresh: 'M20 12a8 8 0 1 1-2.3-5.7M20 3v4h-4',
  'wifi-off': 'M3 3l18 18M12 20h.01M8.5 16.5a5 5 0 0 1 7 0M5 13a10 10 0 0 1 5-2.7M19 13a10 10 0 0 0-2.5-1.8M2 9a15 15 0 0 1 4.5-3M10.5 5.1A15 15 0 0 1 22 9',
  eye: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
  'eye-off': 'M3 3l18 18M10 5.2A9 9 0 0 1 12 5c6 0 10 7 10 7a18 18 0 0 1-3 3.7M6.6 6.6C3.8 8.4 2 12 2 12s4 7 10 7a9.6 9.6 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2',
  mail: 'M3 5h18v14H3zM3 5l9 8 9-8',
} as const;

/** The name of an icon in Loket's set. */
export type IconName = keyof typeof icons;

/** Every icon name, in the order of the set (for galleries and validation). */
export const iconNames = Object.keys(icons) as IconName[];

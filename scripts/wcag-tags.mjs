// The WCAG 2.2 AA rule set every axe run uses: component tests, the Storybook panel and `npm run a11y`.
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/* FP&F: Admin configuration (replaces the webjar's empty app/admin/scripts/config.js); styles/user-styles.css hides the banner. */
export default {};

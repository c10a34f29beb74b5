import { checkContent } from "../src/content/check";

/** `npm run content:check`: exits 1 on errors (missing translations, undialable numbers); warnings only inform. */
const { errors, warnings } = checkContent();
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(`content check: ${errors.length} error(s), ${warnings.length} warning(s)`);
process.exit(errors.length > 0 ? 1 : 0);

// Copy Swagger UI's files (npm swagger-ui-dist) beside the bundle, for /docs without a CDN.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("static/docs", { recursive: true });
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css"]) {
  copyFileSync(`node_modules/swagger-ui-dist/${name}`, `static/docs/${name}`);
}

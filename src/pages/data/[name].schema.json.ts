import type { APIRoute, GetStaticPaths } from "astro";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../../schemas/index";
import { jsonSchemaOf } from "../../lib/data/schema-fields";

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/<name>.schema.json: a JSON Schema of one record, generated from the zod schema. */
export const GET: APIRoute = ({ params }) => {
  const info = DATASETS[params.name as DatasetName];
  return new Response(JSON.stringify(jsonSchemaOf(info.schema, info.title), null, 2) + "\n", {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
};

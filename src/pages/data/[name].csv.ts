import type { APIRoute, GetStaticPaths } from "astro";
import { DATASET_NAMES, type DatasetName } from "../../schemas/index";
import { toCsv } from "../../lib/data/csv";
import { getSite } from "../../pipeline/site";

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/<name>.csv: the same records as the JSON, flattened, UTF-8 with a BOM. */
export const GET: APIRoute = async ({ params }) => {
  const { records } = await getSite();
  return new Response(toCsv(records[params.name as DatasetName]), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { DATASET_NAMES, type DatasetName } from "../../schemas/index";
import { getSite } from "../../pipeline/site";

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/<name>.json: the dataset's validated records, exactly as the pages use them. */
export const GET: APIRoute = async ({ params }) => {
  const { records } = await getSite();
  const body = JSON.stringify(records[params.name as DatasetName], null, 2) + "\n";
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

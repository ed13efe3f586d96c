// The English file at /en/charts/<id>/data.json: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../../charts/[id]/data.json";

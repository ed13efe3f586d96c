// The English file at /en/charts/<id>/chart-[view].png: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../../charts/[id]/chart-[view].png";

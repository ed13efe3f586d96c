// /en/oembed/<id>.json: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../oembed/[id].json";

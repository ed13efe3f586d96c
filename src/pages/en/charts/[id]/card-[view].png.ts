// The English file at /en/charts/<id>/card-[view].png: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../../charts/[id]/card-[view].png";

